import { Badge, Box, Group, Stack, Text } from "@mantine/core";
import type { GetPromptResult } from "@modelcontextprotocol/client";
import { IconRobot, IconUser } from "@tabler/icons-react";
import { ContentItem } from "../content";
import classes from "./PromptConversation.module.css";

/** The messages of a prompts/get result as the conversation they start: user on the left, assistant on the right. */
export function PromptConversation({ messages }: { messages: GetPromptResult["messages"] }) {
  return (
    <Stack gap="xs" className={classes.conversation} data-testid="prompt-conversation">
      {messages.map((message, i) => {
        const role = String(message.role);
        return (
          <Box key={i} className={classes.bubble} data-role={role} data-testid="prompt-message">
            <Group gap={4} mb={4}>
              {role === "assistant" ? <IconRobot size={14} /> : <IconUser size={14} />}
              <Badge size="sm" variant="light" color={role === "user" ? "blue" : role === "assistant" ? "grape" : "orange"} tt="none" data-testid="prompt-message-role">
                {role}
              </Badge>
              <Text size="xs" c="dimmed">
                #{i + 1}
              </Text>
            </Group>
            <ContentItem item={message.content} />
          </Box>
        );
      })}
    </Stack>
  );
}
